"""``python -m agent`` runs the ``triage`` command line."""

from agent.cli import main

main()
