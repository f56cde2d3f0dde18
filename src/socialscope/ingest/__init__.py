"""Reading files users own into the canonical tables."""

from socialscope.ingest.files import FORMATS, detect_format
from socialscope.ingest.tabular import ImportReport, import_files, parse_mapping

__all__ = ["FORMATS", "ImportReport", "detect_format", "import_files", "parse_mapping"]
