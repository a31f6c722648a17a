"""Generate videos with Veo 3.1 and Kling v3 through the EvoLink and UniAll gateways."""

__version__ = "0.1.0"
