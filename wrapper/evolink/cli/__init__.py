"""The ``evolink`` command line (``evolink.cli.app:main``).

A separate package so that ``import evolink`` never loads click or rich: only
running the command does. Nothing is imported here.
"""
