"""Procurement exception triage agent for Odoo.

Reads supplier email and Odoo exception records, extracts what vendors commit to with the
text that proves it, scores stockout risk and drafts gated recommendations into Odoo.
"""

__version__ = "0.1.0"
