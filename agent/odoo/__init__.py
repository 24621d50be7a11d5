"""odoo package."""
