#!/usr/bin/env bash
# Refreshes the vendored look: Designsystemet's released CSS (Digdir, MIT) and the Inter font (SIL OFL) from npm.
# The build needs only a JDK; run this by hand when a new release of Designsystemet should be taken, then look at
# the pages (LayoutBrowserIT writes screenshots) and commit what changed under web/src/main/webapp/static/.
#
#   web/tools/refresh-designsystemet.sh [css-version] [theme-version] [inter-version]
set -euo pipefail
css_version=${1:-1.22.0}
theme_version=${2:-1.11.0}
inter_version=${3:-5.3.0}

here=$(cd "$(dirname "$0")" && pwd)
target="$here/../src/main/webapp/static"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "@digdir/designsystemet-css@$css_version" "@digdir/designsystemet-theme@$theme_version" \
    "@fontsource/inter@$inter_version" >/dev/null
for archive in *.tgz; do mkdir "${archive%.tgz}"; tar xzf "$archive" -C "${archive%.tgz}"; done
css="digdir-designsystemet-css-$css_version/package"
theme="digdir-designsystemet-theme-$theme_version/package"
inter="fontsource-inter-$inter_version/package"

rm -rf "$target/designsystemet" "$target/inter"
mkdir -p "$target/designsystemet" "$target/inter/files"
# the components (button, field, table, alert, tag …, all in @layer ds) and the default theme's tokens
cp "$css/dist/src/index.css" "$target/designsystemet/designsystemet.css"
cp "$theme/src/themes/designsystemet.css" "$target/designsystemet/theme.css"
cp "$css/LICENSE" "$target/designsystemet/LICENSE"
# Inter: the weights the theme uses (regular 400, medium 500, semibold 600), Latin and Latin Extended (æ ø å, sámi)
for weight in 400 500 600; do
    for subset in latin latin-ext; do
        cp "$inter/files/inter-$subset-$weight-normal.woff2" "$target/inter/files/"
    done
    # the blocks of the weight's stylesheet for the two subsets, with their unicode-range, woff2 only
    awk -v weight="$weight" '
        /^\/\* inter-/ { keep = ($2 == "inter-latin-" weight "-normal" || $2 == "inter-latin-ext-" weight "-normal") }
        keep { print }' "$inter/$weight.css" \
        | sed 's#\./files/#files/#g; s#, url([^)]*\.woff) format(.woff.)##'
done > "$target/inter/inter.css"
cp "$inter/LICENSE" "$target/inter/LICENSE"

cat > "$target/VERSIONS" <<VERSIONS
@digdir/designsystemet-css $css_version (MIT) → designsystemet/designsystemet.css
@digdir/designsystemet-theme $theme_version (MIT) → designsystemet/theme.css
@fontsource/inter $inter_version (SIL OFL 1.1) → inter/
refreshed by web/tools/refresh-designsystemet.sh on $(date -u +%Y-%m-%d)
VERSIONS
echo "vendored into $target:"
cat "$target/VERSIONS"
