"""The sales domain: typed SQLAlchemy models, enums, value objects and pure rules.

Nothing here imports Qt or opens a database; the store and services do that.
"""
