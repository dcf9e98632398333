public enum GCVizKitPlaceholder {}
