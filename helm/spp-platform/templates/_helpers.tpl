{{/* Name of a service's objects: <release>-<service>, within the 63-character DNS label limit. */}}
{{- define "spp.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that select a service's pods; never change them on a live release (selectors are immutable). */}}
{{- define "spp.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "spp.labels" -}}
{{ include "spp.selectorLabels" . }}
app.kubernetes.io/part-of: spp-platform
app.kubernetes.io/version: {{ .tag | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* An HTTP probe on the container's "http" port; the path comes from values. */}}
{{- define "spp.probe" -}}
httpGet:
  path: {{ required "every probe needs a path" .path }}
  port: http
{{- range $field := list "initialDelaySeconds" "periodSeconds" "timeoutSeconds" "failureThreshold" }}
{{- if hasKey $ $field }}
{{ $field }}: {{ index $ $field | int }}
{{- end }}
{{- end }}
{{- end -}}
