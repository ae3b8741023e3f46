"""The FHIR R4 REST API for EHR integration (see clinic/fhir/README.md)."""
