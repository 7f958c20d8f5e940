"""Import the legal corpus from the verbatim mirror files and legal-notes.md."""
