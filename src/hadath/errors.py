"""The library's exceptions. Messages say what is wrong and, where it helps, how to fix it."""


class HadathError(Exception):
    """Base class for every error hadath raises on purpose."""


class ResourceError(HadathError):
    """A data file of the package is missing or malformed."""


class InputError(HadathError):
    """An input (file, line, record) cannot be read as a document."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StoreError(HadathError):
    """The event store cannot be opened or written."""


class MissingDependency(HadathError):
    """An optional dependency (PySpark, Java, FastAPI...) is not installed."""
