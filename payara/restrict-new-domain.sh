#!/usr/bin/env bash
# Usage: payara/restrict-new-domain.sh <domain>/config/domain.xml
#
# A new Payara domain listens on every interface and starts a JMS broker. So that not even the first start
# (the one that applies payara/domain.asadmin) does, its configuration gets the essentials before it starts:
# listeners on 127.0.0.1, IIOP and JMX listeners off, no JMS (server-config has no jms-service element yet),
# no Hazelcast. Used by ./run.sh and by the system tests' domain.
set -euo pipefail
domain_xml=$1
sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e '/<network-listener /{/ address=/!s/<network-listener /<network-listener address="127.0.0.1" /}' \
    -e 's/<iiop-listener /<iiop-listener enabled="false" /' \
    -e 's/<jmx-connector /<jmx-connector enabled="false" /' \
    -e 's/<hazelcast-config-specific-configuration>/<hazelcast-config-specific-configuration enabled="false">/' \
    -e '0,/<\/iiop-service>/s//&\n            <jms-service type="DISABLED"><\/jms-service>/' \
    "$domain_xml"
if grep -q 'address="0\.0\.0\.0"' "$domain_xml" || grep '<network-listener ' "$domain_xml" | grep -qv ' address=' \
    || ! grep -q '<jms-service type="DISABLED">' "$domain_xml"; then
    echo "could not restrict the new domain to 127.0.0.1 ($domain_xml): has the Payara version changed?" >&2
    exit 1
fi
