"""Tests of the Odoo protocol emulator (agent.odoo.emulator)."""
