import Foundation

public enum Fixtures {}
