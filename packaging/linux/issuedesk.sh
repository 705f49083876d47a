#!/bin/sh
# /usr/bin/issuedesk: the frozen program lives in /opt/issuedesk with its own libraries.
exec /opt/issuedesk/issuedesk "$@"
