{{/*
The plugin name is baked into the bundle (webpack public path /api/plugins/<name>/, i18n namespace
plugin__<name>, the manifest's "name"), so it is fixed, not derived from the release name: a ConsolePlugin under
any other name would load nothing.
*/}}
{{- define "mcp.name" -}}
metallb-console-plugin
{{- end }}

{{- define "mcp.patcherName" -}}
{{ include "mcp.name" . }}-console-patcher
{{- end }}

{{- define "mcp.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* labels on every object */}}
{{- define "mcp.commonLabels" -}}
helm.sh/chart: {{ include "mcp.chart" . }}
app.kubernetes.io/name: {{ include "mcp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ include "mcp.name" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
The nginx pods. The component label keeps the hook Jobs' pods out of the Service, the PDB and the spread.
*/}}
{{- define "mcp.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mcp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: plugin
{{- end }}

{{- define "mcp.labels" -}}
{{ include "mcp.commonLabels" . }}
app.kubernetes.io/component: plugin
{{- end }}

{{- define "mcp.patcherLabels" -}}
{{ include "mcp.commonLabels" . }}
app.kubernetes.io/component: console-patcher
{{- end }}

{{- define "mcp.certificateSecret" -}}
{{- default (printf "%s-cert" (include "mcp.name" .)) .Values.certificateSecretName }}
{{- end }}

{{/*
"true" when the pods serve the bundle this chart carries (image.repository empty: the default), "" when they run
your own image built from the Dockerfile (image.repository set), which has dist/ inside.
*/}}
{{- define "mcp.servesBundle" -}}
{{- if not .Values.image.repository }}true{{ end }}
{{- end }}

{{/*
The bundle's index (files/bundle/index.json, written by `npm run chart`), parsed. Fails, saying what to run, when
the chart has no bundle: the chart as it is in the source repository, installed without an image of its own.
*/}}
{{- define "mcp.bundleIndex" -}}
{{- $index := .Files.Get "files/bundle/index.json" }}
{{- if not $index }}
{{- fail (printf "\n\nThis is the %s chart as it is in the source repository: it carries no plugin bundle (files/bundle/ is written when the chart is packaged), so there would be nothing to serve. Either\n  - package it first: run `npm run chart` in the repository, then install the chart it writes:\n      helm install %s ./%s-%s.tgz -n %s --create-namespace\n  - or serve your own image built from the repository's Dockerfile:\n      --set image.repository=<registry>/%s --set image.tag=<tag>\n" .Chart.Name .Chart.Name .Chart.Name .Chart.Version .Chart.Name .Chart.Name) }}
{{- end }}
{{- $index }}
{{- end }}

{{- define "mcp.image" -}}
{{- if .Values.image.repository -}}
{{- if .Values.image.digest -}}
{{ .Values.image.repository }}@{{ .Values.image.digest }}
{{- else -}}
{{ .Values.image.repository }}:{{ default .Chart.AppVersion .Values.image.tag }}
{{- end }}
{{- else -}}
{{- with .Values.nginxImage -}}
{{ .repository }}{{ with .tag }}:{{ . }}{{ end }}{{ with .digest }}@{{ . }}{{ end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Security headers for every nginx response. Repeated in each location on purpose: an add_header inside a location
drops every add_header inherited from the server block, a classic way to lose nosniff.
*/}}
{{- define "mcp.nginxSecurityHeaders" -}}
add_header X-Content-Type-Options "nosniff" always;
add_header X-Frame-Options "DENY" always;
add_header Referrer-Policy "no-referrer" always;
add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;
{{- end }}
