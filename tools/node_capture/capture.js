// Runs the calls of a plan (written by tools/node_capture) on authing-node-sdk against a local
// capture server and writes what reached the server. Usage:
//   node capture.js <sdk package dir> <plan.json> <out.json>
// The server answers every request with a successful GenAuth envelope, so each call returns
// normally; the Node management client signs with AK/SK (no token endpoint is involved).
"use strict";

const http = require("http");
const fs = require("fs");

const [, , sdkDir, planPath, outPath] = process.argv;
const sdk = require(sdkDir);
const plan = JSON.parse(fs.readFileSync(planPath, "utf8"));

let seen = [];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    seen.push({
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ statusCode: 200, message: "", apiCode: 0, data: {} }));
  });
});

server.listen(0, "127.0.0.1", async () => {
  const host = `http://127.0.0.1:${server.address().port}`;
  const clients = {
    management: new sdk.ManagementClient({
      accessKeyId: plan.options.accessKeyId,
      accessKeySecret: plan.options.accessKeySecret,
      host,
    }),
    authentication: new sdk.AuthenticationClient({
      appId: plan.options.appId,
      appSecret: plan.options.appSecret,
      accessToken: plan.options.accessToken,
      redirectUri: plan.options.redirectUri,
      appHost: host,
    }),
    // For the hand-written helpers: without a configured user token, because Node's request()
    // replaces any per-call authorization header (the userinfo Bearer) with that token.
    authentication_helpers: new sdk.AuthenticationClient({
      appId: plan.options.appId,
      appSecret: plan.options.appSecret,
      redirectUri: plan.options.redirectUri,
      appHost: host,
    }),
  };
  const out = [];
  for (const call of plan.calls) {
    seen = [];
    let error = null;
    let result = null;
    try {
      const client = clients[call.node_client || call.client];
      // A copy: Node's helpers fill defaults into the options object they are given.
      const args = JSON.parse(JSON.stringify(call.args));
      const answer = await client[call.node_method](...args);
      // The server's port changes per run: URLs are recorded relative to {appHost}.
      if (call.keep_result) result = JSON.parse(JSON.stringify(answer).split(host).join("{appHost}"));
    } catch (e) {
      error = String(e);
    }
    out.push({ ...call, error, result, requests: seen });
  }
  fs.writeFileSync(outPath, JSON.stringify(out));
  server.close();
});
