"""Sales Workbench: an offline-first desktop app for field salespeople."""

__version__ = "0.1.0"
APP_NAME = "Sales Workbench"
ORG_NAME = "Sales Workbench"
