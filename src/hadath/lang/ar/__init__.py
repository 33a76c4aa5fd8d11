"""Arabic language pack: data files under ``data/``."""
