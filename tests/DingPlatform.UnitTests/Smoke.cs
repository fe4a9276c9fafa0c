namespace DingPlatform.UnitTests; public class Smoke { [Fact] public void Ok() => 1.ShouldBe(1); }
