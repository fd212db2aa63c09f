#!/bin/sh
# One-off: renders the two HTML sources with LibreOffice into the formats partners deliver, so
# the tests parse documents a real word processor wrote (styles, outline, bookmarks, fields).
# Needs LibreOffice (Debian: libreoffice-writer-nogui). The outputs are committed; rerun only
# to refresh them. Run from this directory.
set -eu
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for source in release-notes install-guide; do
  for target in docx:"MS Word 2007 XML" doc:"MS Word 97" odt:writer8 rtf:"Rich Text Format" pdf:writer_pdf_Export; do
    soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
      --convert-to "${target%%:*}:${target#*:}" --outdir . "$source.html" >/dev/null
  done
done
# A password-protected PDF (password "corvid"), as partners sometimes ship by mistake.
soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"corvid"}}' \
  --outdir password release-notes.html >/dev/null
mv password/release-notes.pdf release-notes-password.pdf
rmdir password
# A plain-text release notes file saved by Writer's text import (every line a paragraph in the
# default style, no heading styles or bookmarks, one font size), as a text file exported as it is.
for target in docx:"MS Word 2007 XML" odt:writer8 pdf:writer_pdf_Export; do
  soffice -env:UserInstallation=file://"$profile" --headless --infilter="Text (encoded):UTF8,LF,,," \
    --convert-to "${target%%:*}:${target#*:}" --outdir . typed-release-notes.txt >/dev/null
done
