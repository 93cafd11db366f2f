// The Kubernetes release the reference documents. Replaced by the version recorded in the generated
// API data once that lands (src/lib/k8s/generated/schema.json).
export const kubernetesVersion = '1.34';
