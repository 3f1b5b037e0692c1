"""Thin widgets that show what the core computed and post messages about what the user chose."""
