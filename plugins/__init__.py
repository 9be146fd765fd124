"""The built-in normalizer plugins: one module per kind of noise or repair.

Each module is a plugin named after its stem and is loaded from this directory
exactly as loose plugins from ``--plugins-dir`` are. Modules starting with
``_`` are helpers, not plugins.
"""
