"""PDF documents (ReportLab). One module per document; no Qt here."""
