"""Runs the reference tenant under uvicorn: /usr/bin/python3 .ci/tenant/tenant.py [options].

The API key is read from TENANT_API_KEY only (never an argument, which any process could read), and
is neither logged nor printed. With --port 0 (the default) the system picks a free port; the port is
written to --port-file once the server accepts connections.
"""

import argparse
import os
import sys

import uvicorn

from api import MODES, create_app
from requestlog import RequestLog


class Server(uvicorn.Server):
    def __init__(self, config, port_file):
        super().__init__(config)
        self.port_file = port_file

    async def startup(self, sockets=None):
        await super().startup(sockets=sockets)
        if self.should_exit or not self.port_file:
            return
        port = self.servers[0].sockets[0].getsockname()[1]
        partial = self.port_file + ".partial"
        with open(partial, "w") as file:
            file.write(f"{port}\n")
        os.replace(partial, self.port_file)


def main():
    parser = argparse.ArgumentParser(description="Reference tenant of the Devin v2 Enterprise API")
    parser.add_argument("--mode", default=os.environ.get("TENANT_MODE", "reference"), choices=MODES)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (default): a free port chosen by the system")
    parser.add_argument("--port-file", help="where to write the port once the server accepts connections")
    parser.add_argument("--request-log", default=os.environ.get("TENANT_REQUEST_LOG"),
                        help="append every request as one JSON line to this file (env TENANT_REQUEST_LOG)")
    options = parser.parse_args()

    api_key = os.environ.get("TENANT_API_KEY", "")
    if not api_key and options.mode != "accept-everything":
        sys.exit("TENANT_API_KEY is not set: the key clients must send as 'Authorization: Bearer <key>'")

    app = RequestLog(create_app(options.mode, api_key), options.request_log, api_key)
    config = uvicorn.Config(app, host=options.host, port=options.port, lifespan="on", log_level="info")
    print(f"reference tenant: mode {options.mode}, request log {options.request_log or '(none)'}", flush=True)
    Server(config, options.port_file).run()


if __name__ == "__main__":
    main()
