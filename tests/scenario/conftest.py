from __future__ import annotations

import pytest

from agent.scenario.build import load_scenario
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.model import Scenario


@pytest.fixture(scope="session")
def scenario() -> Scenario:
    return load_scenario()


@pytest.fixture
def gateway(scenario: Scenario) -> ScenarioGateway:
    return ScenarioGateway(scenario)
