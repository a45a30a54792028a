#!/usr/bin/env bash
# System packages the tests use: Debian's Chromium (browser tests), Apache Jena
# (cross-store tests) and Java (Jena, and HermiT through owlready2). Installed when missing and we may (root); else the
# tests that need them are skipped with a reason.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/share/java/jena-arq*.jar >/dev/null 2>&1 || need+=(libapache-jena-java)
command -v java >/dev/null || need+=(default-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "note: ${need[*]} missing and cannot be installed here; the tests needing them will be skipped" >&2
  exit 0
fi
echo "installing ${need[*]} (Debian packages for the browser and triple-store tests)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
