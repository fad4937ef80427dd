using System.Runtime.CompilerServices;

// The formatter's tests call the layout without its safety net, to see layout bugs rather than the fallback.
[assembly: InternalsVisibleTo("Pledge.Dsl.Tests")]
