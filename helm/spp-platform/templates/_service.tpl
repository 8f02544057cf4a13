{{/*
spp.service: everything one service needs, from one entry of .Values.services.
  include "spp.service" (dict "root" $ "name" "improvement" "svc" .Values.services.improvement)
Renders a Deployment and a Service; a HorizontalPodAutoscaler when autoscaling is
enabled; a PodDisruptionBudget when the service runs at least two replicas.
*/}}
{{- define "spp.service" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $svc := .svc -}}
{{- $global := $root.Values.global | default dict -}}
{{- $globalImage := $global.image | default dict -}}
{{- $fullname := include "spp.fullname" . -}}

{{- $image := required (printf "services.%s.image is required" $name) $svc.image -}}
{{- $registry := $image.registry | default $globalImage.registry | default "" | trimSuffix "/" -}}
{{- $tag := $image.tag | default $globalImage.tag | default $root.Chart.AppVersion | toString -}}
{{- $imageRef := printf "%s:%s" (required (printf "services.%s.image.repository is required" $name) $image.repository) $tag -}}
{{- if $registry }}{{ $imageRef = printf "%s/%s" $registry $imageRef }}{{ end -}}
{{- $ctx := dict "root" $root "name" $name "tag" $tag -}}

{{- $autoscaling := $svc.autoscaling | default dict -}}
{{- $replicas := required (printf "services.%s.replicas is required" $name) $svc.replicas | int -}}
{{- $minReplicas := $replicas -}}
{{- if $autoscaling.enabled -}}
{{- $minReplicas = $autoscaling.minReplicas | int -}}
{{- if lt ($autoscaling.maxReplicas | int) $minReplicas -}}
{{- fail (printf "services.%s.autoscaling: maxReplicas is below minReplicas" $name) -}}
{{- end -}}
{{- end -}}

{{- /* Plain settings: global first, the service's own win. */ -}}
{{- $env := merge (deepCopy ($svc.env | default dict)) (deepCopy ($global.env | default dict)) -}}
{{- /* Settings read from Secrets, by name: the service's entry replaces a global one. */ -}}
{{- $secretEnv := dict -}}
{{- range concat ($global.secretEnv | default list) ($svc.secretEnv | default list) -}}
{{- $_ := set $secretEnv .name . -}}
{{- end -}}
{{- range $key, $_ := $secretEnv -}}
{{- if hasKey $env $key -}}
{{- fail (printf "services.%s: %s is set both in env and in secretEnv" $name $key) -}}
{{- end -}}
{{- end -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "spp.labels" $ctx | nindent 4 }}
spec:
  {{- if not $autoscaling.enabled }}
  replicas: {{ $replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "spp.selectorLabels" $ctx | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "spp.labels" $ctx | nindent 8 }}
    spec:
      {{- with $global.imagePullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      {{- if gt $minReplicas 1 }}
      # Prefer one pod per node, so a node going away leaves the others serving.
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "spp.selectorLabels" $ctx | nindent 14 }}
      {{- end }}
      containers:
        - name: {{ $name }}
          image: {{ $imageRef | quote }}
          imagePullPolicy: {{ $image.pullPolicy | default $globalImage.pullPolicy | default "IfNotPresent" }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          {{- if or $env $secretEnv }}
          env:
            {{- range $key, $value := $env }}
            - name: {{ $key }}
              value: {{ tpl (toString $value) $root | quote }}
            {{- end }}
            {{- range $key, $ref := $secretEnv }}
            - name: {{ $key }}
              valueFrom:
                secretKeyRef:
                  name: {{ tpl $ref.secretName $root }}
                  key: {{ $ref.key }}
                  {{- if hasKey $ref "optional" }}
                  optional: {{ $ref.optional }}
                  {{- end }}
            {{- end }}
          {{- end }}
          {{- with $svc.probes.startup }}
          startupProbe:
            {{- include "spp.probe" . | nindent 12 }}
          {{- end }}
          livenessProbe:
            {{- include "spp.probe" (required (printf "services.%s.probes.liveness is required" $name) $svc.probes.liveness) | nindent 12 }}
          readinessProbe:
            {{- include "spp.probe" (required (printf "services.%s.probes.readiness is required" $name) $svc.probes.readiness) | nindent 12 }}
          resources:
            {{- toYaml (required (printf "services.%s.resources is required" $name) $svc.resources) | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "spp.labels" $ctx | nindent 4 }}
spec:
  type: {{ ($svc.service | default dict).type | default "ClusterIP" }}
  selector:
    {{- include "spp.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: http
      port: {{ ($svc.service | default dict).port | default 80 }}
      targetPort: http
      protocol: TCP
{{- if $autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "spp.labels" $ctx | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $minReplicas }}
  maxReplicas: {{ $autoscaling.maxReplicas | int }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $autoscaling.targetCPUUtilizationPercentage | int }}
{{- end }}
{{- $pdb := $svc.podDisruptionBudget | default dict -}}
{{- /* A budget on a single replica would block every node drain, so only multi-replica services get one. */ -}}
{{- if and (ne (toString $pdb.enabled) "false") (gt $minReplicas 1) }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "spp.labels" $ctx | nindent 4 }}
spec:
  minAvailable: {{ $pdb.minAvailable | default 1 }}
  selector:
    matchLabels:
      {{- include "spp.selectorLabels" $ctx | nindent 6 }}
{{- end }}
{{- end -}}
