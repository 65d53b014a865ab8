# metallb-console-plugin image: build the bundle with npm, serve dist/ with nginx. Only needed to run your own image
# (the chart's image.repository); the packaged chart (`npm run chart`) carries the bundle and needs no build.
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

# Base images by tag, pinned by digest (taken from public, Renovate-maintained Dockerfiles; not pulled from here:
# these machines have no container engine). The builder runs the Node.js major package.json's engines.node asks
# for (>=20: 20, also what CI tests with); the runtime is the same nginx image the chart's default install uses
# (charts/metallb-console-plugin/values.yaml nginxImage), so both install paths run one nginx.
ARG BUILDER_IMAGE=registry.access.redhat.com/ubi9/nodejs-20:9.7-1778648167@sha256:74cc7b1d13592b1e425074f434b90e470ab209da85fd1fdb8e6e9e4cabaec51a
ARG RUNTIME_IMAGE=registry.access.redhat.com/ubi9/nginx-124:9.8-1787065328@sha256:3292e9a046b72b18e51229a448f97568a9af26b26bf54488bfd78094800f2e61

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
