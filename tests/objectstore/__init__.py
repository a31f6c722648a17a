"""Outputs to object storage, against a real S3-compatible server process."""
