# metallb-console-plugin image: build the bundle with npm, serve dist/ with nginx.
#
# Not built in this repository's CI (its machines have no container engine); integration-tests/chart/test.sh checks
# that every file this Dockerfile copies exists and that the nginx root matches the chart's nginx.conf, and serves
# the same dist/ with the chart's nginx.conf using Debian's nginx.
#
#   podman build -t <registry>/metallb-console-plugin:<version> .
#
# The image is meant to run under the Helm chart (charts/metallb-console-plugin), which mounts its own nginx.conf
# (TLS on 9443 with the service-CA certificate, MIME types, security headers, caching) and starts
# `nginx -c /etc/nginx-plugin/nginx.conf`.

ARG BUILDER_IMAGE=registry.access.redhat.com/ubi9/nodejs-22:latest
ARG RUNTIME_IMAGE=registry.access.redhat.com/ubi9/nginx-124:latest

FROM ${BUILDER_IMAGE} AS build
WORKDIR /opt/app-root/src
# dependencies first, so the layer is reused while package-lock.json does not change; --include=dev because the
# image may set NODE_ENV=production and the build tools are devDependencies
COPY --chown=1001:0 package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund
COPY --chown=1001:0 tsconfig.json webpack.config.ts console-extensions.json ./
COPY --chown=1001:0 src ./src
COPY --chown=1001:0 locales ./locales
RUN npm run build

FROM ${RUNTIME_IMAGE}
LABEL name="metallb-console-plugin" \
      summary="OpenShift console plugin for MetalLB" \
      io.openshift.tags="openshift,console,plugin,metallb"
# the chart's nginx.conf serves "root /usr/share/nginx/html"
COPY --from=build /opt/app-root/src/dist /usr/share/nginx/html
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-g", "daemon off;"]
