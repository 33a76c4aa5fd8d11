"""English language pack: data files under ``data/``."""
