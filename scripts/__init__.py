"""Gazette → data package pipeline: sources, extraction, validation, database build."""
