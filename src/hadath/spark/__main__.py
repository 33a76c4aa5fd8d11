"""``python -m hadath.spark INPUT OUTPUT`` and ``spark-submit src/hadath/spark/__main__.py ...``:
the ``hadath spark`` command on its own."""

from hadath.cli.spark import main

if __name__ == "__main__":
    main()
