#!/usr/bin/env bash
# Builds everything, provisions WildFly (Galleon), deploys the EAR and starts it on the embedded H2 database with
# demo data. Open http://localhost:8080/samhandling/ and sign in as one of the demo users (README).
# Stop with Ctrl+C. Needs only a JDK 17+; Maven comes through the wrapper.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B clean package -DskipTests
cp ear/target/samhandling.ear server/target/server/standalone/deployments/
exec server/target/server/bin/standalone.sh -Dsamhandling.demo=true "$@"
