"""ImapSource against a real Dovecot: commit-then-mark, cursors, UIDVALIDITY, reconnects."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from agent.config import Settings
from agent.errors import MailboxError
from agent.ingest import parse_email
from agent.ingest.cursors import JsonFileCursorStore, MemoryCursorStore, UidCursor
from agent.ingest.imap import ImapSource
from agent.ingest.spec import open_source
from tests.ingest.conftest import Dovecot
from tests.ingest.helpers import make_raw

pytestmark = pytest.mark.dovecot


class Sleeps:
    """Records backoff delays instead of sleeping them."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


_opened: list[ImapSource] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while _opened:
        _opened.pop().close()


def _source(server: Dovecot, user: str, **kwargs: object) -> ImapSource:
    options: dict[str, object] = {"port": server.port, "security": "none", "timeout": 10}
    options.update(kwargs)
    source = ImapSource(
        "127.0.0.1",
        user,
        SecretStr(server.users[user]),
        **options,  # type: ignore[arg-type]
    )
    _opened.append(source)
    return source


def _msg(n: int) -> bytes:
    return make_raw(f"Message {n}: new ETA week 5{n}.", message_id=f"<m{n}@woodcorner.com>")


def test_flags_only_after_ack(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    uids = [server.append(user, _msg(n)) for n in (1, 2)]
    cursors = MemoryCursorStore()
    source = _source(server, user, cursor_store=cursors)
    items = list(source.fetch())
    assert [parse_email(i.raw).message_id for i in items] == [
        "<m1@woodcorner.com>",
        "<m2@woodcorner.com>",
    ]
    assert all("\\Seen" not in f for f in server.flags(user).values())
    source.ack(items[0])
    flags = server.flags(user)
    assert "\\Seen" in flags[uids[0]] and "\\Seen" not in flags[uids[1]]
    assert cursors.get(source.cursor_key) == UidCursor(source.uidvalidity or 0, uids[0])
    source.close()


def test_crash_between_fetch_and_commit_refetches(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    server.append(user, _msg(1))
    cursors = MemoryCursorStore()
    first = _source(server, user, cursor_store=cursors)
    [item] = list(first.fetch())
    # The process dies here: no ack, so nothing is marked and the cursor stays put.
    first.close()
    assert cursors.get(first.cursor_key) == UidCursor(first.uidvalidity or 0, 0)
    assert all("\\Seen" not in f for f in server.flags(user).values())
    second = _source(server, user, cursor_store=cursors)
    [again] = list(second.fetch())
    assert again.key == item.key and again.raw == item.raw
    second.ack(again)
    assert list(second.fetch()) == []
    second.close()


def test_out_of_order_ack_keeps_cursor_behind_unacked(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    uids = [server.append(user, _msg(n)) for n in (1, 2, 3)]
    cursors = MemoryCursorStore()
    source = _source(server, user, cursor_store=cursors, observer=True)
    items = list(source.fetch())
    source.ack(items[2])
    assert cursors.get(source.cursor_key).last_uid == 0  # type: ignore[union-attr]
    source.ack(items[0])
    assert cursors.get(source.cursor_key).last_uid == uids[0]  # type: ignore[union-attr]
    source.ack(items[1])
    assert cursors.get(source.cursor_key).last_uid == uids[2]  # type: ignore[union-attr]
    source.close()


def test_move_after_ack(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    server.command(user, "create", "Handled")
    server.append(user, _msg(1))
    source = _source(server, user, move_to="Handled")
    [item] = list(source.fetch())
    assert len(server.flags(user)) == 1 and server.flags(user, "Handled") == {}
    source.ack(item)
    assert server.flags(user) == {}
    assert len(server.flags(user, "Handled")) == 1
    source.close()


def test_copy_fallback_never_deletes(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    server.command(user, "create", "Handled")
    uid = server.append(user, _msg(1))
    source = _source(server, user, move_to="Handled", use_move=False)
    [item] = list(source.fetch())
    source.ack(item)
    assert server.flags(user)[uid] == {"\\Seen"}
    assert len(server.flags(user, "Handled")) == 1
    source.close()
    fresh = _source(server, user)
    assert list(fresh.fetch()) == []
    fresh.close()


def test_observer_mode_changes_no_flags(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    server.append(user, _msg(1))
    server.append(user, _msg(2), flags="\\Seen")  # read by Odoo's fetcher already
    before = server.flags(user)
    cursors = MemoryCursorStore()
    source = _source(server, user, observer=True, cursor_store=cursors)
    items = list(source.fetch())
    assert len(items) == 2
    for item in items:
        source.ack(item)
    assert server.flags(user) == before
    assert list(source.fetch()) == []
    assert cursors.get(source.cursor_key).last_uid == max(before)  # type: ignore[union-attr]
    source.close()


def test_uidvalidity_change_resets_cursor(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    server.command(user, "create", "Suppliers")
    for n in (1, 2):
        server.append(user, _msg(n), folder="Suppliers")
    cursors = MemoryCursorStore()
    source = _source(server, user, folder="Suppliers", observer=True, cursor_store=cursors)
    for item in source.fetch():
        source.ack(item)
    old = cursors.get(source.cursor_key)
    assert old is not None and old.last_uid == 2
    source.close()
    server.command(user, "delete", "Suppliers")
    server.command(user, "create", "Suppliers")
    for n in (1, 2, 3):
        server.append(user, _msg(n), folder="Suppliers")
    again = _source(server, user, folder="Suppliers", observer=True, cursor_store=cursors)
    items = list(again.fetch())
    assert again.uidvalidity != old.uidvalidity
    assert len(items) == 3  # everything is read again ...
    seen = {"<m1@woodcorner.com>", "<m2@woodcorner.com>"}  # ... and the store drops these
    fresh = [i for i in items if parse_email(i.raw).message_id not in seen]
    assert len(fresh) == 1
    for item in items:
        again.ack(item)
    assert cursors.get(again.cursor_key) == UidCursor(again.uidvalidity or 0, 3)
    again.close()


def test_dropped_connection_mid_fetch_recovers(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    for n in (1, 2, 3):
        server.append(user, _msg(n))
    sleeps = Sleeps()
    source = _source(server, user, batch_size=1, sleep=sleeps, backoff=0.2)
    stream = source.fetch()
    first = next(stream)
    server.kick(user)  # the server drops the connection between two FETCH commands
    rest = list(stream)
    assert sleeps.delays == [0.2]
    items = [first, *rest]
    assert len({i.key for i in items}) == 3
    for item in items:
        source.ack(item)
    assert all("\\Seen" in f for f in server.flags(user).values())
    assert source.status().consecutive_failures == 0


def test_server_outage_recovers_with_backoff(private_dovecot: Dovecot) -> None:
    server = private_dovecot
    user, _ = server.add_user()
    for n in (1, 2):
        server.append(user, _msg(n))
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 3:
            server.start()  # back after the third backoff

    source = _source(server, user, batch_size=1, sleep=sleep, backoff=0.5)
    stream = source.fetch()
    first = next(stream)
    server.stop()
    rest = list(stream)
    assert delays == [0.5, 1.0, 2.0]
    assert len({i.key for i in [first, *rest]}) == 2
    source.ack(first)
    assert source.status().last_error is not None


def test_unreachable_server_raises_after_backoff(private_dovecot: Dovecot) -> None:
    server = private_dovecot
    user, _ = server.add_user()
    server.stop()
    sleeps = Sleeps()
    source = _source(server, user, retries=3, backoff=0.5, sleep=sleeps)
    with pytest.raises(MailboxError, match="search failed after 4 attempts"):
        list(source.fetch())
    assert sleeps.delays == [0.5, 1.0, 2.0]
    status = source.status()
    assert status.consecutive_failures == 4 and status.last_success_at is None
    assert status.last_error and status.lag_seconds is not None


def test_wrong_password_is_refused_without_retry(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    sleeps = Sleeps()
    source = ImapSource(
        "127.0.0.1", user, SecretStr("wrong"), port=server.port, security="none", sleep=sleeps
    )
    with pytest.raises(MailboxError, match="refused"):
        list(source.fetch())
    assert sleeps.delays == []


def test_idle_wakes_on_new_mail(mailbox: tuple[Dovecot, str, str]) -> None:
    server, user, _ = mailbox
    sleeps = Sleeps()
    source = _source(server, user, sleep=sleeps)
    assert list(source.fetch()) == []
    appender = threading.Timer(0.3, server.append, args=(user, _msg(1)))
    appender.start()
    source.wait(timeout=30)
    appender.join()
    assert sleeps.delays == []  # IDLE, not polling
    [item] = list(source.fetch())
    source.ack(item)
    source.wait(timeout=0.2)  # times out quietly; the connection stays usable
    assert list(source.fetch()) == []
    source.close()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls(mailbox: tuple[Dovecot, str, str], security: str) -> None:
    server, user, _ = mailbox
    server.append(user, _msg(1))
    port = server.tls_port if security == "tls" else server.port
    source = _source(server, user, port=port, security=security, ssl_context=server.tls_context())
    assert len(list(source.fetch())) == 1
    source.close()


def test_open_source_from_spec(mailbox: tuple[Dovecot, str, str], tmp_path: Path) -> None:
    server, user, password = mailbox
    server.append(user, _msg(1))
    settings = Settings(data_dir=tmp_path, imap={"password": password})
    source = open_source(f"imap://{user}@127.0.0.1:{server.port}/INBOX?security=none", settings)
    assert isinstance(source, ImapSource)
    [item] = list(source.fetch())
    source.ack(item)
    source.close()
    stored = JsonFileCursorStore(tmp_path / "imap-cursors.json").get(source.cursor_key)
    assert stored is not None and stored.last_uid == 1
