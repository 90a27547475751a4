# The Word templates (*.docx) ship inside the installed package as `kimdocs.vorlagen`.
