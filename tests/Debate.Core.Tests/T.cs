namespace Debate.Core.Tests; public class T { [NUnit.Framework.Test] public void A() { NUnit.Framework.Assert.Pass(); } }
