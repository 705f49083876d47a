"""Importers: turning outside material (the sample's markdown, Word files, images) into model objects."""
