from __future__ import annotations

from pathlib import Path

from agent.ingest import MaildirSource
from tests.ingest.helpers import make_raw


def _drop(root: Path, name: str, raw: bytes, sub: str = "new") -> Path:
    for folder in ("new", "cur", "tmp"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    path = root / sub / name
    path.write_bytes(raw)
    return path


def test_ack_moves_to_cur_with_seen_flag_only_after_commit(tmp_path: Path) -> None:
    _drop(tmp_path, "1.a", make_raw("one"))
    _drop(tmp_path, "2.b", make_raw("two"))
    source = MaildirSource(tmp_path)
    items = list(source.fetch())
    assert [i.key for i in items] == ["1.a", "2.b"]
    # Nothing changes on disk before ack: a crash here re-yields both.
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["1.a", "2.b"]
    source.ack(items[0])
    assert (tmp_path / "cur" / "1.a:2,S").exists()
    again = MaildirSource(tmp_path)
    assert [i.key for i in again.fetch()] == ["2.b"]


def test_cur_messages_without_seen_flag_are_yielded(tmp_path: Path) -> None:
    _drop(tmp_path, "3.c:2,F", make_raw("flagged"), sub="cur")
    _drop(tmp_path, "4.d:2,S", make_raw("seen"), sub="cur")
    source = MaildirSource(tmp_path)
    [item] = list(source.fetch())
    source.ack(item)
    assert (tmp_path / "cur" / "3.c:2,FS").exists()
    assert list(MaildirSource(tmp_path).fetch()) == []


def test_read_only_changes_nothing(tmp_path: Path) -> None:
    _drop(tmp_path, "1.a", make_raw("one"))
    _drop(tmp_path, "2.b:2,S", make_raw("two"), sub="cur")
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    source = MaildirSource(tmp_path, read_only=True)
    items = list(source.fetch())
    for item in items:
        source.ack(item)
    assert len(items) == 2
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before


def test_flat_directory_of_eml_files_is_read_only(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(make_raw("a"))
    (tmp_path / "notes.txt").write_text("ignored")
    source = MaildirSource(tmp_path)
    assert source.read_only
    [item] = list(source.fetch())
    source.ack(item)
    assert (tmp_path / "a.eml").exists()


def test_open_source_specs(tmp_path: Path) -> None:
    import pytest

    from agent.config import Settings
    from agent.errors import ConfigError
    from agent.ingest import open_source

    settings = Settings(data_dir=tmp_path)
    fresh = open_source(f"maildir:{tmp_path / 'box'}", settings)
    assert isinstance(fresh, MaildirSource) and (tmp_path / "box" / "new").is_dir()
    ro = open_source(f"maildir-ro:{tmp_path / 'box'}", settings)
    assert isinstance(ro, MaildirSource) and ro.read_only
    with pytest.raises(ConfigError, match="unknown mail source"):
        open_source("pop3://x@y", settings)
    with pytest.raises(ConfigError, match="TRIAGE_IMAP_PASSWORD"):
        open_source("imaps://buyer@mail.example.com/INBOX", settings)
    with pytest.raises(ConfigError, match="not in the source URL"):
        open_source("imaps://buyer:pw@mail.example.com/INBOX", settings)
