#!/bin/sh
# One-off for the format-invariance check (test/eval/invariance.ts): renders development-part
# documents of the real corpus (names listed one a line in LIST) into PDF (with and without
# bookmarks), DOCX and ODT with LibreOffice, into OUT. Markdown goes through marked to HTML (front
# matter's title as the page's title and H1), reStructuredText (a .txt with RST directives or roles) through docutils'
# rst2html.py, HTML as it is, other plain text through Writer's text import. One soffice at a time.
# Plain text and the HTML are also saved as macOS TextEdit saves what it opened, into OUT/rtf-textedit
# (test/eval/textedit-rtf.ts, after npm run build), and those RTF files as DOCX and ODT by Writer.
# Usage: test/eval/render-development.sh LIST OUT   (from the repository root)
set -eu
list=$1 out=$2
corpus=test/data/real
mkdir -p "$out/html" "$out/text" "$out/rtf-textedit"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
while read -r file; do
	[ -n "$file" ] || continue
	base=${file%.*}
	case "$file" in
	*.md) node -e '
		const { marked } = await import("marked");
		const text = (await import("node:fs")).readFileSync(process.argv[1], "utf8");
		const matter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
		const title = matter && /^title:\s*["\x27]?(.*?)["\x27]?\s*$/m.exec(matter[1])?.[1];
		const escaped = title ? title.replace(/&/g, "&amp;").replace(/</g, "&lt;") : "";
		// A site generator prints the front matter title as the page title and its H1.
		const head = title ? `<title>${escaped}</title>` : "";
		const body = (title ? `<h1>${escaped}</h1>` : "") + marked.parse(matter ? text.slice(matter[0].length) : text);
		process.stdout.write(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
	' --input-type=module "$corpus/$file" > "$out/html/$base.html" ;;
	*.html) cp "$corpus/$file" "$out/html/$base.html" ;;
	*.txt) if grep -qE '^\.\. |:(ref|doc):`|::$' "$corpus/$file"; then
			# Sphinx-only directives (an include of the site's files) are reported and skipped, not fatal.
			rst2html.py --report=5 --halt=5 --no-generator --no-datestamp --no-source-link "$corpus/$file" "$out/html/$base.html"
		else cp "$corpus/$file" "$out/text/$base.txt"; fi ;;
	esac
done < "$list"
for file in "$out"/html/*.html "$out"/text/*.txt; do
	[ -e "$file" ] || continue
	name=${file##*/}
	node dist/test/eval/textedit-rtf.js "$file" "$out/rtf-textedit/${name%.*}.rtf"
done
convert() { # KIND EXTENSION FILTER OUT-SUBFOLDER
	kind=$1 ext=$2 filter=$3 dir=$out/$4
	mkdir -p "$dir"
	case $kind in
	html) infilter="HTML (StarWriter)" ;;
	rtf-textedit) infilter="Rich Text Format" ;;
	*) infilter="Text (encoded):UTF8,LF,,," ;;
	esac
	set -- "$out/$kind"/*
	[ -e "$1" ] || return 0
	soffice -env:UserInstallation=file://"$profile" --headless --infilter="$infilter" --convert-to "$ext:$filter" --outdir "$dir" "$@" >/dev/null 2>&1
}
for kind in html text; do
	convert $kind pdf writer_pdf_Export pdf
	convert $kind pdf 'writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"}}' pdf-no-bookmarks
	convert $kind docx "MS Word 2007 XML" docx
	convert $kind odt writer8 odt
done
# TextEdit's RTF opened in Writer and saved: DOCX and ODT whose headings are only the type's size, no style.
convert rtf-textedit docx "MS Word 2007 XML" rtf-textedit-docx
convert rtf-textedit odt writer8 rtf-textedit-odt
