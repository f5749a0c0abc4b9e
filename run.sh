#!/usr/bin/env bash
# Builds everything, provisions WildFly (Galleon), deploys the EAR and starts it on the embedded H2 database with
# demo data. Open http://localhost:8080/samhandling/ and sign in as one of the demo users (README).
# Stop with Ctrl+C. Needs only a JDK 17+; Maven comes through the wrapper.
#
# The server runs from a copy of the provisioned configuration in target/run (its own data, logs and deployments),
# so the provisioned server in server/target/server stays clean for the tests.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B clean package -DskipTests
rm -rf target/run && mkdir -p target/run
cp -r server/target/server/standalone target/run/standalone
cp ear/target/samhandling.ear target/run/standalone/deployments/
exec server/target/server/bin/standalone.sh -Djboss.server.base.dir="$PWD/target/run/standalone" \
     -Dsamhandling.demo=true "$@"
