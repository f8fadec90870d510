using System.Diagnostics.CodeAnalysis;

// RS0026/RS0027 (PublicApiAnalyzers) protect callers compiled against an overload set when an optional
// parameter is added later. These overloads are the API of the first release as designed: the first
// parameters' types tell them apart, so no call is ambiguous. The rules stay on for every other member,
// so a future optional parameter still has to follow them (docs/public-api.md).
[assembly: SuppressMessage("ApiDesign", "RS0027", Scope = "member", Justification = "First-release API; the overloads differ in their parameter types.", Target = "~M:ClaimCheck.ClaimChecker.Check(System.String,System.String)")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Scope = "member", Justification = "First-release API; the overloads differ in their parameter types.", Target = "~M:ClaimCheck.Reporting.SarifReportWriter.Write(System.IO.Stream,System.Collections.Generic.IEnumerable{ClaimCheck.CheckResult},System.Uri)")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Scope = "member", Justification = "First-release API; the overloads differ in their parameter types.", Target = "~M:ClaimCheck.Reporting.SarifReportWriter.Write(System.IO.Stream,ClaimCheck.ComparisonResult,System.Uri)")]
