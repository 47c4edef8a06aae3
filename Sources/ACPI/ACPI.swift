// The ACPI stage: see Package.swift for where it sits in the pipeline.
