#!/bin/sh
# One-off script that made the LibreOffice renderings in renderings/ from real documents of this
# corpus, so that one text exists in several formats. Not part of any test run; run it by hand from
# this folder with LibreOffice Writer installed (Debian: apt-get install libreoffice-writer).
# Conversions run one at a time (soffice is heavy). The outputs are committed; PDF and Office outputs
# embed creation times, so a re-run gives equal text but not equal bytes.
set -eu
cd "$(dirname "$0")"
out=renderings
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# convert SOURCE TARGET-EXTENSION FILTER [INPUT-FILTER]
convert() {
	src=$1 ext=$2 filter=$3 infilter=${4:-}
	base=$(basename "$src")
	base=${base%.*}
	tmp=$(mktemp -d)
	if [ -n "$infilter" ]; then
		soffice -env:UserInstallation=file://"$profile" --headless --infilter="$infilter" \
			--convert-to "$ext:$filter" --outdir "$tmp" "$src" >/dev/null
	else
		soffice -env:UserInstallation=file://"$profile" --headless \
			--convert-to "$ext:$filter" --outdir "$tmp" "$src" >/dev/null
	fi
	mv "$tmp/$base.$ext" "$out/$base.$ext"
	rmdir "$tmp"
	echo "$src -> $out/$base.$ext"
}

# HTML release notes (opened in Writer, not Writer/Web, so the Writer export filters apply)
convert apache-derby-10.15-RELEASE-NOTES.html docx "MS Word 2007 XML" "HTML (StarWriter)"
convert apache-derby-10.15-RELEASE-NOTES.html odt writer8 "HTML (StarWriter)"
convert apache-derby-10.15-RELEASE-NOTES.html pdf writer_pdf_Export "HTML (StarWriter)"

# DOCX release notes
convert hpe-oneview-sdk-java-0.2-ReleaseNotes.docx pdf writer_pdf_Export
convert hpe-oneview-sdk-java-0.2-ReleaseNotes.docx doc "MS Word 97"
convert hpe-oneview-sdk-java-0.2-ReleaseNotes.docx odt writer8

# RTF licence agreements
convert purestorage-powershell-sdk-end-user-agreement.rtf docx "MS Word 2007 XML"
convert microsoft-terraform-vscode-EULA.rtf odt writer8
convert microsoft-terraform-vscode-EULA.rtf pdf writer_pdf_Export

# plain-text release notes
convert purestorage-powershell-sdk-1.19.49-release-notes.txt rtf "Rich Text Format" "Text (encoded):UTF8,LF,,,"
