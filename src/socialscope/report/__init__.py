"""Reports: store status, the analysis summary."""
