from __future__ import annotations

from pathlib import Path

import pytest

from agent.errors import ConfigError
from agent.models import Action, Decision, Intent
from agent.policy import Band, Policy, gate, load_policy


def _gate(policy: Policy, confidence: float, **kw: object) -> Decision:
    args: dict[str, object] = {
        "intent": Intent.DELAY, "action": Action.EXPEDITE, "confidence": confidence,
        "trusted": True, "has_target": True,
    }
    args.update(kw)
    return gate(policy, **args).decision  # type: ignore[arg-type]


def test_three_bands() -> None:
    policy = Policy(default=Band(auto=0.8, review=0.5))
    assert _gate(policy, 0.8) == Decision.AUTO_DRAFT
    assert _gate(policy, 0.79) == Decision.REVIEW
    assert _gate(policy, 0.5) == Decision.REVIEW
    assert _gate(policy, 0.49) == Decision.QUEUE


def test_untrusted_or_unmatched_never_auto_drafts() -> None:
    policy = Policy(default=Band(auto=0.1, review=0.0))
    assert _gate(policy, 1.0, trusted=False) == Decision.QUEUE
    assert _gate(policy, 1.0, has_target=False) == Decision.QUEUE


def test_action_band_beats_intent_band() -> None:
    policy = Policy(
        intents={Intent.DELAY: Band(auto=0.5, review=0.2)},
        actions={Action.EXPEDITE: Band(auto=0.95, review=0.9)},
    )
    assert _gate(policy, 0.7) == Decision.QUEUE
    assert _gate(policy, 0.7, action=Action.ACCEPT_NEW_DATE) == Decision.AUTO_DRAFT


def test_policy_file_errors_name_the_key(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[intents.delay]\nauto = 0.4\nreview = 0.6\n")
    with pytest.raises(ConfigError, match=r"intents\.delay"):
        load_policy(path)
    path.write_text("[intents.teleport]\nauto = 0.9\nreview = 0.6\n")
    with pytest.raises(ConfigError, match="teleport"):
        load_policy(path)
    path.write_text("[default\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_policy(path)
