"""The planner dashboard: server-rendered pages behind a login with a planner's key."""

from agent.api.dashboard.pages import router

__all__ = ["router"]
